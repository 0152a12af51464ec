/**
 * Who is signed in: `GET /v1/auth/me`, asked once and kept. Pages and buttons a role may not use
 * are hidden with `useCan`; the API refuses them anyway (src/api/route-permissions.ts).
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { createContext, type ReactNode, useContext, useEffect } from 'react'
import { ApiError, api, onSignedOut } from '../api/client'
import type { Permission } from './permission'

export type { Permission } from './permission'

export interface Me {
  user: string
  role: string
  permissions: Permission[]
  via: string
  expires_at?: string
}

interface Session {
  me: Me | undefined
  loading: boolean
  signIn: (user: string, password: string) => Promise<Me>
  signOut: () => Promise<void>
}

const SessionContext = createContext<Session | undefined>(undefined)
const ME = ['me']

export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useQueryClient()
  const me = useQuery({
    queryKey: ME,
    queryFn: async () => {
      try {
        return await api.get<Me>('/v1/auth/me')
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null
        throw error
      }
    },
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  })
  // A 401 anywhere means the session ended: forget everything read under it.
  useEffect(
    () =>
      onSignedOut(() => {
        client.setQueryData(ME, null)
        client.removeQueries({ predicate: (q) => q.queryKey[0] !== ME[0] })
      }),
    [client],
  )
  const signIn = useMutation({
    mutationFn: (input: { user: string; password: string }) => api.post<Me>('/v1/auth/login', input),
    onSuccess: (signedIn) => {
      client.clear()
      client.setQueryData(ME, signedIn)
    },
  })
  const signOut = useMutation({
    mutationFn: () => api.post('/v1/auth/logout'),
    onSettled: () => {
      client.clear()
      client.setQueryData(ME, null)
    },
  })
  const session: Session = {
    me: me.data ?? undefined,
    loading: me.isPending,
    signIn: (user, password) => signIn.mutateAsync({ user, password }),
    signOut: async () => {
      await signOut.mutateAsync()
    },
  }
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>
}

export function useSession(): Session {
  const session = useContext(SessionContext)
  if (!session) throw new Error('useSession outside SessionProvider')
  return session
}

/** Whether the signed-in user's role grants `permission`. */
export function useCan(permission: Permission): boolean {
  return useSession().me?.permissions.includes(permission) ?? false
}
