import type { TableClient } from '@azure/data-tables';
import type { ServiceRepository } from '../directory/store';
import type { Service } from '../directory/types';
import { getOrUndefined, listPartition, upsertAll } from './table-helpers';

const PARTITION = 'service';

interface ServiceEntity {
  partitionKey: string;
  rowKey: string;
  name: string;
  cadenceMonths: number;
  /** JSON array of aadObjectIds: Table Storage has no list type. */
  responderIds: string;
  order?: number;
  reportHeading?: string;
}

/** The Services table: one row per intake team, keyed by its directory id. */
export function createServiceRepository(table: TableClient): ServiceRepository {
  return {
    async get(id) {
      const entity = await getOrUndefined<ServiceEntity>(table, PARTITION, id);
      return entity && toService(entity);
    },
    list: async () =>
      (await listPartition<ServiceEntity>(table, PARTITION))
        .map(toService)
        .sort((a, b) => a.name.localeCompare(b.name)),
    upsertMany: (services) => upsertAll(table, services.map(toEntity)),
  };
}

function toEntity(service: Service): ServiceEntity {
  return {
    partitionKey: PARTITION,
    rowKey: service.id,
    name: service.name,
    cadenceMonths: service.cadenceMonths,
    responderIds: JSON.stringify(service.responderIds),
    ...(service.order === undefined ? {} : { order: service.order }),
    ...(service.reportHeading ? { reportHeading: service.reportHeading } : {}),
  };
}

function toService(entity: ServiceEntity): Service {
  return {
    id: entity.rowKey,
    name: entity.name,
    cadenceMonths: entity.cadenceMonths,
    responderIds: JSON.parse(entity.responderIds) as string[],
    ...(typeof entity.order === 'number' ? { order: entity.order } : {}),
    ...(entity.reportHeading ? { reportHeading: entity.reportHeading } : {}),
  };
}
