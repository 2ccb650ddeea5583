/**
 * For the local plugins' unit tests: a stand-in for the bundler's
 * NormalModuleReplacementPlugin that just records what it was given.
 */
export class FakeReplacement {
  constructor(
    readonly pattern: RegExp,
    readonly target: string,
  ) {}
}

export const fakeUtils = {currentBundler: {instance: {NormalModuleReplacementPlugin: FakeReplacement}}};

export type ConfigureWebpack = (config: unknown, isServer: boolean, utils: unknown) => {plugins?: FakeReplacement[]};
