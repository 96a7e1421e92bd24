/** Set by vite.config.ts: which build this is (shown in the settings page). */
declare const __RIWAYA_BUILD__: string;
