import { Badge, type BadgeProps } from '@fluentui/react-components';
import type { ServiceLine } from '../../../src/http/overview-types';

const LOOKS: Readonly<Record<ServiceLine['flag'], { label: string; color: BadgeProps['color'] }>> = {
  booked: { label: 'Booked', color: 'success' },
  'due soon': { label: 'Due soon', color: 'warning' },
  overdue: { label: 'Overdue', color: 'danger' },
  'not due': { label: 'Not due yet', color: 'informative' },
  'never visited': { label: 'Never visited', color: 'important' },
};

/** A service's rota status, in words and colour. */
export function FlagBadge({ flag }: { readonly flag: ServiceLine['flag'] }) {
  const look = LOOKS[flag];
  return (
    <Badge appearance="tint" color={look.color} shape="rounded">
      {look.label}
    </Badge>
  );
}

/** A small marker beside text: "New", "Overdue", "Draft". */
export function Marker({ label, color }: { readonly label: string; readonly color: BadgeProps['color'] }) {
  return (
    <Badge appearance="tint" color={color} shape="rounded" size="medium">
      {label}
    </Badge>
  );
}
