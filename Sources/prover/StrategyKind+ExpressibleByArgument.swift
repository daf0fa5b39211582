import ArgumentParser
import ProofSearch

extension StrategyKind: ExpressibleByArgument {}
