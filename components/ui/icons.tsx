/** Icons: the few 16px line icons the UI uses, inline so no icon package ships to the browser. */
import type { SVGProps } from 'react';

type IconProps = SVGProps<SVGSVGElement>;

function Icon({ children, ...props }: IconProps) {
  return (
    <svg
      viewBox="0 0 16 16"
      width={16}
      height={16}
      fill="none"
      stroke="currentColor"
      strokeWidth={1.6}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      {...props}
    >
      {children}
    </svg>
  );
}

export const CheckCircleIcon = (p: IconProps) => (
  <Icon {...p}><circle cx="8" cy="8" r="6.25" /><path d="m5.4 8.2 1.8 1.8 3.4-3.6" /></Icon>
);
export const WarningIcon = (p: IconProps) => (
  <Icon {...p}><path d="M7.1 2.6a1 1 0 0 1 1.8 0l5.1 9.6a1 1 0 0 1-.9 1.5H2.9a1 1 0 0 1-.9-1.5z" /><path d="M8 6.2v3" /><path d="M8 11.4h.01" /></Icon>
);
export const XCircleIcon = (p: IconProps) => (
  <Icon {...p}><circle cx="8" cy="8" r="6.25" /><path d="m5.9 5.9 4.2 4.2m0-4.2-4.2 4.2" /></Icon>
);
export const QuestionCircleIcon = (p: IconProps) => (
  <Icon {...p}><circle cx="8" cy="8" r="6.25" /><path d="M6.3 6.3a1.75 1.75 0 1 1 2.4 1.6c-.45.2-.7.55-.7 1v.4" /><path d="M8 11.4h.01" /></Icon>
);
export const InfoIcon = (p: IconProps) => (
  <Icon {...p}><circle cx="8" cy="8" r="6.25" /><path d="M8 7.3v3.6" /><path d="M8 5.1h.01" /></Icon>
);
export const LockIcon = (p: IconProps) => (
  <Icon {...p}><rect x="3.2" y="7" width="9.6" height="6.5" rx="1.3" /><path d="M5.3 7V5.2a2.7 2.7 0 0 1 5.4 0V7" /></Icon>
);
export const RefreshIcon = (p: IconProps) => (
  <Icon {...p}><path d="M13.2 8a5.2 5.2 0 1 1-1.6-3.8" /><path d="M13.3 2.6v2.9h-2.9" /></Icon>
);
export const CopyIcon = (p: IconProps) => (
  <Icon {...p}><rect x="5.5" y="5.5" width="8" height="8" rx="1.4" /><path d="M10.5 5.5V3.9c0-.8-.6-1.4-1.4-1.4H3.9c-.8 0-1.4.6-1.4 1.4v5.2c0 .8.6 1.4 1.4 1.4h1.6" /></Icon>
);
export const CheckIcon = (p: IconProps) => (
  <Icon {...p}><path d="m3.5 8.4 2.9 2.9 6.1-6.6" /></Icon>
);
export const SunIcon = (p: IconProps) => (
  <Icon {...p}><circle cx="8" cy="8" r="2.8" /><path d="M8 1.5v1.3M8 13.2v1.3M1.5 8h1.3M13.2 8h1.3M3.4 3.4l.9.9M11.7 11.7l.9.9M3.4 12.6l.9-.9M11.7 4.3l.9-.9" /></Icon>
);
export const MoonIcon = (p: IconProps) => (
  <Icon {...p}><path d="M13.3 9.6A5.6 5.6 0 0 1 6.4 2.7a5.6 5.6 0 1 0 6.9 6.9z" /></Icon>
);
export const MonitorIcon = (p: IconProps) => (
  <Icon {...p}><rect x="1.8" y="2.6" width="12.4" height="8.6" rx="1.3" /><path d="M5.6 13.8h4.8M8 11.2v2.6" /></Icon>
);
export const RestartIcon = (p: IconProps) => (
  <Icon {...p}><path d="M2.8 8a5.2 5.2 0 1 0 1.6-3.8" /><path d="M2.7 2.6v2.9h2.9" /></Icon>
);
export const ChevronRightIcon = (p: IconProps) => (
  <Icon {...p}><path d="m6.2 3.6 4.4 4.4-4.4 4.4" /></Icon>
);
export const InboxIcon = (p: IconProps) => (
  <Icon {...p}><path d="M2 9.2 3.7 3.6c.2-.6.7-1 1.3-1h6c.6 0 1.1.4 1.3 1L14 9.2v3a1.3 1.3 0 0 1-1.3 1.3H3.3A1.3 1.3 0 0 1 2 12.2z" /><path d="M2 9.2h3.4l.9 1.7h3.4l.9-1.7H14" /></Icon>
);
export const SpinnerIcon = (p: IconProps) => (
  <Icon {...p}><path d="M8 1.8a6.2 6.2 0 1 1-6.2 6.2" /></Icon>
);
