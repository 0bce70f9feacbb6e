import { type ClientToServerEvents, type ServerToClientEvents } from '@wide-open/shared/contracts';
import { createContext } from 'react';
import { type Socket } from 'socket.io-client';

export type RealtimeSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export const RealtimeContext = createContext<RealtimeSocket | null>(null);
