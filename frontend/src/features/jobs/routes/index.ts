/*
 * The admins' periodic jobs (/admin/jobs) load with their texts, apart from everything other
 * people open.
 */
import { loadTexts } from '@/lib/i18n';
import { JobsRoute } from './jobs';

export const page = loadTexts('jobs').then(() => JobsRoute);
