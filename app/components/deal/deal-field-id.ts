/** The id of a deal field's control: outside deal-field.tsx so focus code does not pull the deal form into the first load. */
export const dealFieldId = (apiName: string) => `deal-${apiName}`;
