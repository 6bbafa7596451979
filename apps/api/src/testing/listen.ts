import type { AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';

/** Opens an initialised test app to real connections (a child process, a browser) on a free loopback port; answers its base URL. */
export async function listenOnLoopback(app: INestApplication): Promise<string> {
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}
