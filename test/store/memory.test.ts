import { openMemoryStore } from '../../src/store/memory-store.js';
import { eventStoreContract } from './contract.js';

eventStoreContract('memory', async () => ({ store: openMemoryStore() }));
