import CobranzaCLI
import Foundation

exit(await CobranzaTool.main(Array(CommandLine.arguments.dropFirst())))
