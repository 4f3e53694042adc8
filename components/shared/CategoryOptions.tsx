import { CATEGORIES } from '@/lib/classify/taxonomy';
import { useCategoryName } from './category-names';

/** One <option> per category, in taxonomy order, named in the panel's language (for category <select>s). */
export function CategoryOptions() {
  const categoryName = useCategoryName();
  return (
    <>
      {CATEGORIES.map((c) => (
        <option key={c} value={c}>
          {categoryName(c)}
        </option>
      ))}
    </>
  );
}
