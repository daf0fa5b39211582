import DecisionProcedures
import Kernel
import Testing
