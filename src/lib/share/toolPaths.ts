/** Paths of the in-browser tools, as routed by src/pages/tools/. */
export const TOOL_PATHS = {pss: '/tools/pss-checker', rbac: '/tools/rbac-analyzer'} as const;

export type ToolId = keyof typeof TOOL_PATHS;
