/*
 * The admins' partner-client pages (/admin/partners/*) load together with their texts, apart
 * from everything other people open.
 */
import { loadTexts } from '@/lib/i18n';
import { PartnerRoutes } from './partner-routes';

export const page = loadTexts('partners').then(() => PartnerRoutes);
