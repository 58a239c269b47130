import "server-only";
import { SERVER_FAULT, throttledSeconds } from "@/lib/auth/sign-in-refusal";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { signInWithPassword } from "@/lib/server/auth/password-sign-in";
import { db } from "@/lib/server/db";
import { oidcProvider } from "@/lib/server/auth/oidc-provider";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { endSession, openSession, SESSION_SECONDS, sessionOf } from "@/lib/server/auth/user-sessions";

async function markSignedIn(user: { id: string; email: string }, method: string) {
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() }, select: { id: true } });
    await recordAudit(tx, {
      actor: user,
      action: "user.signed_in",
      entityType: "user",
      entityId: user.id,
      changes: { method },
    });
  });
}

const oidc = oidcProvider();

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_SECONDS },
  pages: { signIn: "/signin", error: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
      async authorize(raw, req) {
        try {
          const user = await signInWithPassword(raw, req.headers);
          if (!user) return null;
          await markSignedIn(user, "password");
          return { id: user.id, email: user.email, name: user.name };
        } catch (error) {
          if (error instanceof Error && throttledSeconds(error.message) !== null) throw error;
          // Not the caller's typing: the form says so, and the cause stays in the server's log.
          console.error("[auth] password sign-in failed on the server", error);
          throw new Error(SERVER_FAULT);
        }
      },
    }),
    ...(oidc ? [oidc] : []),
  ],
  callbacks: {
    async signIn({ user, account }) {
      if (account?.provider !== "oidc") return true;
      // Single sign-on admits only people an admin has already added; roles stay ours, not the IdP's.
      const email = user.email?.toLowerCase();
      const known = email
        ? await db.user.findUnique({ where: { email }, select: { id: true, email: true, disabled: true } })
        : null;
      if (!known || known.disabled) return "/signin?error=AccessDenied";
      user.id = known.id;
      await markSignedIn(known, "oidc");
      return true;
    },
    // Every redirect next-auth makes (OIDC callbacks, sign-out) goes through the sign-in page's check.
    async redirect({ url, baseUrl }) {
      return `${baseUrl}${safeCallbackPath(url, baseUrl)}`;
    },
    async jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sessionId = await openSession(user.id);
      }
      return token;
    },
    async session({ session, token }) {
      if (session.user && token.sub) Object.assign(session.user, sessionOf(token));
      return session;
    },
  },
  events: {
    // Ends this session on the server: a copy of its cookie no longer loads a principal.
    async signOut({ token }) {
      if (token?.sub) await endSession(token.sub, sessionOf(token).sessionId);
    },
  },
};
