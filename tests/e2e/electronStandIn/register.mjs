// Loaded with `node --import` before the built main bundle: sends every import of 'electron' to the stand-in.
import { register } from 'node:module'

register('./hooks.mjs', import.meta.url)
