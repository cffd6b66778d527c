import * as vscode from 'vscode';
import type { EssayService } from '../essay/essayService';

// Placeholder until this feature lands.
export function registerProblems(_context: vscode.ExtensionContext, _essays: EssayService): vscode.Disposable {
  return vscode.Disposable.from();
}
