export interface DomainLibGeneratorSchema {
  name: string;
  schema?: string;
  description?: string;
}
