/** The id of the owner select: outside options-section.tsx so focus code does not pull the options form into the first load. */
export const OWNER_SELECT_ID = 'conversion-owner';
