import type { ApiKey, Invitation, Membership, Profile, RefreshFamily } from '@chatter/core'
import { isApiKeyScope } from './entities/api-key'
import type {
  ApiKeyItem,
  InvitationItem,
  MembershipItem,
  ProfileItem,
  RefreshFamilyItem,
} from './table'

/*
 * Stored items back to the ports' shapes: ElectroDB adds nothing the domain does not know, but
 * optional fields must be left out rather than set to undefined (callers compare with toEqual).
 */

export function toMembership(item: MembershipItem): Membership {
  return {
    workspaceId: item.workspaceId,
    userId: item.userId,
    role: item.role,
    workspaceName: item.workspaceName,
    email: item.email,
    ...(item.userName === undefined ? {} : { userName: item.userName }),
    joinedAt: item.joinedAt,
  }
}

export function toInvitation(item: InvitationItem): Invitation {
  return {
    id: item.id,
    workspaceId: item.workspaceId,
    workspaceName: item.workspaceName,
    email: item.email,
    role: item.role,
    invitedBy: item.invitedBy,
    status: item.status,
    createdAt: item.createdAt,
    expiresAt: item.expiresAt,
  }
}

export function toApiKey(item: ApiKeyItem): ApiKey {
  return {
    id: item.id,
    workspaceId: item.workspaceId,
    name: item.name,
    prefix: item.prefix,
    hash: item.hash,
    scopes: item.scopes.filter(isApiKeyScope),
    createdBy: item.createdBy,
    createdAt: item.createdAt,
    ...(item.lastUsedAt === undefined ? {} : { lastUsedAt: item.lastUsedAt }),
    ...(item.expiresAt === undefined ? {} : { expiresAt: item.expiresAt }),
    ...(item.revokedAt === undefined ? {} : { revokedAt: item.revokedAt }),
  }
}

export function toRefreshFamily(item: RefreshFamilyItem): RefreshFamily {
  return {
    id: item.id,
    userId: item.userId,
    currentHash: item.currentHash,
    generation: item.generation,
    revoked: item.revoked,
    createdAt: item.createdAt,
    expiresAt: item.expiresAt,
  }
}

/** A stored profile, `isDefault` when it is the one its workspace's head points at. */
export function toProfile(item: ProfileItem, defaultId: string | undefined): Profile {
  const { enabled, topK, minScore } = item.retrieval
  return {
    id: item.id,
    workspaceId: item.workspaceId,
    name: item.name,
    provider: item.provider,
    modelId: item.modelId,
    temperature: item.temperature,
    topP: item.topP,
    maxTokens: item.maxTokens,
    systemPrompt: item.systemPrompt,
    retrieval: { enabled, topK, ...(minScore === undefined ? {} : { minScore }) },
    fallbackModelIds: [...item.fallbackModelIds],
    ...(item.systemPromptId === undefined ? {} : { systemPromptId: item.systemPromptId }),
    ...(item.systemPromptVariables === undefined
      ? {}
      : {
          systemPromptVariables: structuredClone(
            item.systemPromptVariables as Record<string, string | number | boolean>,
          ),
        }),
    isDefault: item.id === defaultId,
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
  }
}
