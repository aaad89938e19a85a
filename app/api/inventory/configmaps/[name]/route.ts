/** GET /api/inventory/configmaps/<name>: one kube-system ConfigMap's data (binaryData as sizes only); 404 when unknown. */
import { HttpError } from '@/lib/server/errors';
import { configMapData } from '@/lib/server/inventory';
import { NAME_PARAMS, jsonRoute } from '@/lib/server/route';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const GET = jsonRoute({ params: NAME_PARAMS }, ({ runtime, params }) => {
  const data = configMapData(runtime, params.name);
  if (!data) throw new HttpError(404, 'NotFound', `configmap "${params.name}" not found in kube-system`);
  return data;
});
