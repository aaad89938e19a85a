/** POST /api/auth/login: exchange the access token (form field or JSON `token`) for a session cookie. */
import { signIn } from '@/lib/auth/sign-in';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export function POST(request: Request): Promise<Response> {
  return signIn(request);
}
