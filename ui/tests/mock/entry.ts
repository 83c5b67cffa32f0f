// The IIFE injected into the page before the app starts (see tests/e2e/run.mjs).
import { installMock, type MockConfig } from './ipc';

installMock((window as unknown as { __VEIKART_MOCK__?: MockConfig }).__VEIKART_MOCK__ ?? {});
