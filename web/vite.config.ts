import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The app is served by the Cellbook server at `/`; in development `npm run dev -w web` proxies the API.
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // Each page is a lazy chunk (App.tsx); the charts library loads only with the dashboard.
    chunkSizeWarningLimit: 700,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
