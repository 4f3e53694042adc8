// IndexedDB for Dexie in Node (every test file gets the same in-memory factory; tests use unique DB names).
import 'fake-indexeddb/auto';
