import LeanSyntax
import Testing
