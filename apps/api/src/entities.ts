import { AuditEventEntity } from 'src/common/audit/audit-event.entity';
import { SessionEntity } from 'src/modules/auth/session.entity';
import { BrokerEntity } from 'src/modules/brokers/broker.entity';
import { CompoundEntity } from 'src/modules/compounds/compound.entity';
import { GraphViewEntity } from 'src/modules/graph-views/graph-view.entity';
import {
  IdentifierEntity,
  IdentifierHolderEntity,
} from 'src/modules/identifiers/identifier.entity';
import { LinkEntity } from 'src/modules/links/link.entity';
import { PlaceEntity } from 'src/modules/places/place.entity';
import { RouteLegEntity } from 'src/modules/routes/route-leg.entity';
import { RouteEntity } from 'src/modules/routes/route.entity';
import { UserEntity } from 'src/modules/users/user.entity';
import { VictimIdentityEntity } from 'src/modules/victims/victim-identity.entity';
import { VictimEntity } from 'src/modules/victims/victim.entity';

/** Every entity of every module: the application's composition root hands them to the DataSource. */
export const ENTITIES = [
  AuditEventEntity,
  BrokerEntity,
  CompoundEntity,
  GraphViewEntity,
  IdentifierEntity,
  IdentifierHolderEntity,
  LinkEntity,
  PlaceEntity,
  RouteEntity,
  RouteLegEntity,
  SessionEntity,
  UserEntity,
  VictimEntity,
  VictimIdentityEntity,
];
