/** Every in-app address built in one place, ids always encoded (entity ids carry Arabic letters and colons). */
export const articlePath = (id: string) => `/article/${encodeURIComponent(id)}`;
export const entityPath = (id: string) => `/entity/${encodeURIComponent(id)}`;
export const storyPath = (id: string) => `/story/${encodeURIComponent(id)}`;
export const comparePath = (ids: string[]) => `/compare?ids=${ids.map(encodeURIComponent).join(',')}`;
