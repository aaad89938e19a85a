/** POST /api/auth/logout: clear the session cookie and return to the sign-in form. */
import { signOut } from '@/lib/auth/sign-in';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export function POST(request: Request): Response {
  return signOut(request);
}
