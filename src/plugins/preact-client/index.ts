import path from 'node:path';
import {createRequire} from 'node:module';
import type {Plugin} from '@docusaurus/types';

const require_ = createRequire(__filename);

/**
 * The browser bundle runs on Preact (preact/compat) instead of React; the
 * server render that writes the HTML still uses React.
 */
export default function preactClientPlugin(): Plugin {
  return {
    name: 'preact-client',
    getClientModules() {
      return [path.join(__dirname, 'hashScroll')];
    },
    configureWebpack(config, isServer) {
      // `docusaurus start` keeps React: Fast Refresh and React's development
      // warnings need it, and the browser tests run against the production build.
      if (isServer || config.mode !== 'production' || process.env.CLIENT_RUNTIME === 'react') return {};
      const compat = path.dirname(require_.resolve('preact/compat/package.json'));
      const alias = config.resolve?.alias;
      if (!alias || Array.isArray(alias)) throw new Error('preact-client: expected an alias object');
      alias.react = compat;
      alias['react-dom'] = compat;
      return {};
    },
  };
}
