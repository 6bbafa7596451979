import type { LibraryPersistence } from '@lavterskel/kernel/typeorm';
import { kernelPersistence } from '@lavterskel/kernel/typeorm';

/** Every library whose tables this API's database holds. */
export const libraries: readonly LibraryPersistence[] = [kernelPersistence];
