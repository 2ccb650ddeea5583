/**
 * NetworkPolicy analyzer: public API.
 *
 *   const {ok, model, errors} = loadNetpol([{file: 'cluster.yaml', text}]);
 *   const analyzer = new Analyzer(model);
 *   analyzer.can({from, to, port: 8443, protocol: 'TCP'}); // endpoints from resolveEndpoint(model, 'shop/web')
 *   for (const c of listConnections(analyzer)) ...;
 */
export type * from './types';
export {ENDPOINT_KINDS} from './types';
export {loadNetpol, NAMESPACE_NAME_LABEL, DEFAULT_MAX_BYTES, type InputFile, type LoadResult} from './load';
export {Analyzer, describeTraffic, hostNetworkCaveat} from './evaluate';
export {
  resolveEndpoint,
  resolvePort,
  parseProtocol,
  listConnections,
  listJson,
  canJson,
  type ListedConnection,
} from './query';
export {
  PROTOCOLS,
  ALL_PORTS,
  NO_PORTS,
  formatPortSet,
  toConnections,
  contains,
  isEmpty,
  type PortSet,
  type Protocol,
  type ConnectionRange,
} from './ports';
export {parseIp, parseCidr, cidrContains} from './cidr';
export {runCli, parseArgs, USAGE, type CliIO} from './cli';
export {formatIssue} from '../manifest/errors';
