// The argument schema of every call, gathered from the declarations by area for the main process, which
// checks each argument against it before any handler sees it (main/ipc/dispatch.ts).

import type { z } from 'zod'
import { alignmentCalls } from './alignments'
import { articleCalls } from './articles'
import type { CallDeclaration } from './call'
import { comparisonCalls } from './comparisons'
import type { Channel, InputOf, ValidInputOf } from './contract'
import { desktopCalls } from './desktop'
import { carryCalls } from './highlightCarry'
import { highlightCalls } from './highlights'
import { pageCalls } from './pages'
import { versionCalls } from './versions'

function schemasOf<T extends Record<string, CallDeclaration>>(declarations: T): { [K in keyof T]: T[K]['input'] } {
  const schemas: Partial<Record<keyof T, z.ZodType>> = {}
  for (const [key, declaration] of Object.entries(declarations)) schemas[key as keyof T] = declaration.input
  return schemas as { [K in keyof T]: T[K]['input'] }
}

export const inputSchemas: { [C in Channel]: z.ZodType<ValidInputOf<C>, InputOf<C>> } = schemasOf({
  ...articleCalls,
  ...comparisonCalls,
  ...alignmentCalls,
  ...highlightCalls,
  ...carryCalls,
  ...desktopCalls,
  ...pageCalls,
  ...versionCalls,
})
