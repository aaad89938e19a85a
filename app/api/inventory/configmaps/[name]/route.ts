/** GET /api/inventory/configmaps/<name>: one kube-system ConfigMap's data (binaryData as sizes only); 404 when unknown. */
import { HttpError } from '@/lib/server/errors';
import { configMapData } from '@/lib/server/inventory';
import { respondFromCache } from '@/lib/server/route-cache';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: { params: Promise<{ name: string }> }): Promise<Response> {
  const { name } = await params;
  return respondFromCache((cache) => {
    const data = configMapData(cache, name);
    if (!data) throw new HttpError(404, 'NotFound', `configmap "${name}" not found in kube-system`);
    return data;
  });
}
