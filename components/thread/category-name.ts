import { isCategory, type Category } from '@/lib/classify/taxonomy';
import type { ThreadMessageKey } from './messages';

/** The dictionary key of a category's name; an id this version does not know reads as "Other". */
export function categoryKey(category: Category | string): ThreadMessageKey {
  return `cat.${isCategory(category) ? category : 'other'}`;
}
