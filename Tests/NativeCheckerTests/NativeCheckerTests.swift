import Kernel
import NativeChecker
import Testing
