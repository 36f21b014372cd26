import type { ReactNode } from 'react';
import './notice.css';

export type Severity = 'info' | 'warning' | 'error' | 'success';

/** MUI's standard alert icons (Info/ReportProblem/ErrorOutline/SuccessOutlined), as paths. */
const ICONS: Record<Severity, string> = {
  info: 'M11,9H13V7H11M12,20C7.59,20 4,16.41 4,12C4,7.59 7.59,4 12,4C16.41,4 20,7.59 20,12C20,16.41 16.41,20 12,20M12,2A10,10 0 0,0 2,12A10,10 0 0,0 12,22A10,10 0 0,0 22,12A10,10 0 0,0 12,2M11,17H13V11H11V17Z',
  warning: 'M12 5.99L19.53 19H4.47L12 5.99M12 2L1 21h22L12 2zm1 14h-2v2h2v-2zm0-6h-2v4h2v-4z',
  error: 'M11 15h2v2h-2zm0-8h2v6h-2zm.99-5C6.47 2 2 6.48 2 12s4.47 10 9.99 10C17.52 22 22 17.52 22 12S17.52 2 11.99 2zM12 20c-4.42 0-8-3.58-8-8s3.58-8 8-8 8 3.58 8 8-3.58 8-8 8z',
  success: 'M20,12A8,8 0 0,1 12,20A8,8 0 0,1 4,12A8,8 0 0,1 12,4C12.76,4 13.5,4.11 14.2,4.31L15.77,2.74C14.61,2.26 13.34,2 12,2A10,10 0 0,0 2,12A10,10 0 0,0 12,22A10,10 0 0,0 22,12M7.91,10.08L6.5,11.5L11,16L21,6L19.59,4.58L11,13.17L7.91,10.08Z',
};

/**
 * A message in a tinted box with its severity's icon: the look of MUI's standard Alert (its
 * colours from the app's palette, `notice.css`) as plain elements, for the form page, where MUI's
 * styling engine is not loaded. `role` is Alert's default, `alert`, unless the caller names it
 * otherwise (a list of problems is a `region`, not an announcement).
 */
export function Notice({ severity, role = 'alert', action, className, children, ...rest }: { severity: Severity; role?: string; action?: ReactNode; className?: string; children: ReactNode; 'aria-label'?: string; 'data-testid'?: string }) {
  return (
    <div role={role} className={`notice notice-${severity}${className ? ` ${className}` : ''}`} {...rest}>
      <svg className="notice-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d={ICONS[severity]} />
      </svg>
      <div className="notice-message">{children}</div>
      {action && <div className="notice-action">{action}</div>}
    </div>
  );
}
