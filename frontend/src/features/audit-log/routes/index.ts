/*
 * The admins' audit log (/admin/audit-log) loads with its texts, apart from everything other
 * people open.
 */
import { loadTexts } from '@/lib/i18n';
import { AuditLogRoute } from './audit-log';

export const page = loadTexts('audit').then(() => AuditLogRoute);
