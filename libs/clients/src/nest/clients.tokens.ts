/** The use cases' dependencies (ClientsDependencies), assembled by ClientsModule. */
export const CLIENTS_DEPENDENCIES = Symbol('lavterskel:clients:dependencies');
