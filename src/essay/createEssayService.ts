import type * as vscode from 'vscode';
import type { EssayService } from './essayService';

// Placeholder until the essay service lands.
export function createEssayService(_context: vscode.ExtensionContext): EssayService {
  throw new Error('not built yet');
}
