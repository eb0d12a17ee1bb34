// Names for the shapes of the API's document (`@khsae/api-client`) that the web app reads and sends.
import type { Schema } from '@khsae/api-client';

export type CurrentUser = Schema<'CurrentUserResponseDto'>;
export type UserAccount = Schema<'UserResponseDto'>;
export type AuditEvent = Schema<'AuditEventResponseDto'>;

export type PlaceSummary = Schema<'PlaceSummaryDto'>;
export type Place = Schema<'PlaceResponseDto'>;
export type RecordRef = Schema<'RecordRefDto'>;
export type SearchResult = Schema<'SearchResultDto'>;

export type Broker = Schema<'BrokerResponseDto'>;
export type Compound = Schema<'CompoundResponseDto'>;
export type Victim = Schema<'VictimResponseDto'>;
export type VictimIdentity = Schema<'VictimIdentityResponseDto'>;
export type VictimIdentityBody = Schema<'PutVictimIdentityDto'>;
export type RecruitmentRoute = Schema<'RouteResponseDto'>;
export type RouteLeg = Schema<'RouteLegResponseDto'>;
export type RouteLegBody = Schema<'RouteLegInputDto'>;

export type SharedIdentifier = Schema<'SharedIdentifierDto'>;
export type Link = Schema<'LinkResponseDto'>;

export type GraphNode = Schema<'GraphNodeDto'>;
export type GraphEdge = Schema<'GraphEdgeDto'>;
export type GraphResult = Schema<'GraphResultDto'>;
export type GraphPathResult = Schema<'GraphPathResultDto'>;
export type KeyPlayer = Schema<'KeyPlayerDto'>;
export type KeyPlayersResult = Schema<'KeyPlayersResultDto'>;
export type VillageFlow = Schema<'VillageFlowDto'>;
export type GraphViewSummary = Schema<'GraphViewSummaryDto'>;
export type GraphView = Schema<'GraphViewResponseDto'>;
