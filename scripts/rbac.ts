/**
 * RBAC analyzer CLI: a thin Node wrapper around src/lib/rbac/cli.ts; the input reading
 * (files, directories, stdin, size cap) is src/lib/manifest/cliInput.ts, shared with pss.
 *
 *   npx tsx scripts/rbac.ts audit manifests/
 *   kubectl get roles,rolebindings,clusterroles,clusterrolebindings -A -o yaml | npx tsx scripts/rbac.ts audit -
 *   npx tsx scripts/rbac.ts can ServiceAccount:ci:deployer create deployments.apps -n prod rbac.yaml
 *   npx tsx scripts/rbac.ts who-can get secrets -n prod rbac.yaml
 */
import process from 'node:process';
import {runCli} from '../src/lib/rbac/cli';
import {nodeInputIO} from './cli-input';

const result = await runCli(process.argv.slice(2), nodeInputIO);
if (result.stdout) process.stdout.write(result.stdout);
if (result.stderr) process.stderr.write(result.stderr);
process.exitCode = result.exitCode;
