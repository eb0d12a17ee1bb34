import type { Broker, RecordRef } from '@/lib/api-types';

/** How a broker is called on screen: the Latin name, else the Khmer one, else an alias, else the code. */
export function brokerName(broker: Pick<Broker, 'nameLatin' | 'nameKm' | 'aliases' | 'refCode'>) {
  return broker.nameLatin || broker.nameKm || broker.aliases[0] || broker.refCode;
}

/** The broker as the other end of a link or an identifier sees it. */
export function brokerRef(broker: Broker): RecordRef {
  const sub = [broker.refCode, broker.nameLatin && broker.nameKm ? broker.nameKm : null]
    .filter(Boolean)
    .join(' · ');
  return { kind: 'broker', id: broker.id, label: brokerName(broker), sublabel: sub || null };
}
