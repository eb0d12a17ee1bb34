import type { IconProps, TablerIcon } from '@tabler/icons-react';
import IconAlertCircle from '@tabler/icons-react/icons/IconAlertCircle';
import IconArchive from '@tabler/icons-react/icons/IconArchive';
import IconArrowLeft from '@tabler/icons-react/icons/IconArrowLeft';
import IconArrowRight from '@tabler/icons-react/icons/IconArrowRight';
import IconBuildingFortress from '@tabler/icons-react/icons/IconBuildingFortress';
import IconChartDots3 from '@tabler/icons-react/icons/IconChartDots3';
import IconChevronDown from '@tabler/icons-react/icons/IconChevronDown';
import IconChevronUp from '@tabler/icons-react/icons/IconChevronUp';
import IconClipboardCheck from '@tabler/icons-react/icons/IconClipboardCheck';
import IconCompass from '@tabler/icons-react/icons/IconCompass';
import IconEye from '@tabler/icons-react/icons/IconEye';
import IconFolder from '@tabler/icons-react/icons/IconFolder';
import IconHome from '@tabler/icons-react/icons/IconHome';
import IconId from '@tabler/icons-react/icons/IconId';
import IconLayoutDashboard from '@tabler/icons-react/icons/IconLayoutDashboard';
import IconLink from '@tabler/icons-react/icons/IconLink';
import IconLock from '@tabler/icons-react/icons/IconLock';
import IconLogout from '@tabler/icons-react/icons/IconLogout';
import IconMapPin from '@tabler/icons-react/icons/IconMapPin';
import IconMessageReport from '@tabler/icons-react/icons/IconMessageReport';
import IconPencil from '@tabler/icons-react/icons/IconPencil';
import IconPlus from '@tabler/icons-react/icons/IconPlus';
import IconRestore from '@tabler/icons-react/icons/IconRestore';
import IconRoute from '@tabler/icons-react/icons/IconRoute';
import IconSearch from '@tabler/icons-react/icons/IconSearch';
import IconSelector from '@tabler/icons-react/icons/IconSelector';
import IconShieldHeart from '@tabler/icons-react/icons/IconShieldHeart';
import IconTool from '@tabler/icons-react/icons/IconTool';
import IconTrash from '@tabler/icons-react/icons/IconTrash';
import IconUsers from '@tabler/icons-react/icons/IconUsers';
import IconUserSearch from '@tabler/icons-react/icons/IconUserSearch';
import type { ReactNode } from 'react';

import type { NavAreaKey } from '@khsae/domain';

export type { IconProps };

// One icon per file: the package's index would load all of Tabler's icons into every test.
function icon(Tabler: TablerIcon) {
  // Decorative: the control or text next to an icon carries its meaning.
  const Icon = ({ size = 18, ...rest }: IconProps) => (
    <Tabler size={size} stroke={1.8} aria-hidden="true" focusable="false" {...rest} />
  );
  Icon.displayName = Tabler.displayName;
  return Icon;
}

export const DashboardIcon = icon(IconLayoutDashboard);
export const CasesIcon = icon(IconFolder);
export const GraphIcon = icon(IconChartDots3);
export const BrokersIcon = icon(IconUserSearch);
export const VictimsIcon = icon(IconShieldHeart);
export const CompoundsIcon = icon(IconBuildingFortress);
export const RoutesIcon = icon(IconRoute);
export const TipsIcon = icon(IconMessageReport);
export const RepatriationsIcon = icon(IconHome);
export const AdminIcon = icon(IconUsers);
export const AuditIcon = icon(IconClipboardCheck);
export const SignOutIcon = icon(IconLogout);
export const SearchIcon = icon(IconSearch);
export const PlusIcon = icon(IconPlus);
export const ChevronUpIcon = icon(IconChevronUp);
export const ChevronDownIcon = icon(IconChevronDown);
export const SelectorIcon = icon(IconSelector);
export const AlertIcon = icon(IconAlertCircle);
export const LockIcon = icon(IconLock);
export const CompassIcon = icon(IconCompass);
export const ToolsIcon = icon(IconTool);
export const EditIcon = icon(IconPencil);
export const ArchiveIcon = icon(IconArchive);
export const RestoreIcon = icon(IconRestore);
export const LinkIcon = icon(IconLink);
export const ArrowRightIcon = icon(IconArrowRight);
export const ArrowLeftIcon = icon(IconArrowLeft);
export const TrashIcon = icon(IconTrash);
export const EyeIcon = icon(IconEye);
export const IdentifierIcon = icon(IconId);
export const PinIcon = icon(IconMapPin);

export const AREA_ICONS: Record<NavAreaKey, (props: IconProps) => ReactNode> = {
  dashboard: DashboardIcon,
  cases: CasesIcon,
  graph: GraphIcon,
  brokers: BrokersIcon,
  victims: VictimsIcon,
  compounds: CompoundsIcon,
  routes: RoutesIcon,
  tips: TipsIcon,
  repatriations: RepatriationsIcon,
  admin: AdminIcon,
  audit: AuditIcon,
};
