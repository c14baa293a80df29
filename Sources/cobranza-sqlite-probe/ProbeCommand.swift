import Cobranza
import CobranzaSQLite

@main
enum ProbeCommand {
    static func main() async {
        print("probe")
    }
}
