import KatalogContent
import Testing

@testable import KatalogRender

@Suite struct FormattingTests {
    @Test(arguments: [
        (450000, "Rp450.000", "IDR 450,000"),
        (1_250_000, "Rp1.250.000", "IDR 1,250,000"),
        (85000, "Rp85.000", "IDR 85,000"),
        (1000, "Rp1.000", "IDR 1,000"),
        (999, "Rp999", "IDR 999"),
        (100000, "Rp100.000", "IDR 100,000"),
        (1, "Rp1", "IDR 1"),
        (12_345_678_901, "Rp12.345.678.901", "IDR 12,345,678,901"),
    ])
    func rupiah(_ amount: Int, _ id: String, _ en: String) {
        #expect(Formatting.rupiah(amount, language: .id) == id)
        #expect(Formatting.rupiah(amount, language: .en) == en)
    }

    @Test func telHref() throws {
        let number = try #require(PhoneNumber(national: "81234567890"))
        #expect(Formatting.telHref(number) == "tel:+6281234567890")
    }

    @Test func whatsAppHref() throws {
        let number = try #require(PhoneNumber(national: "81234567890"))
        #expect(
            Formatting.whatsAppHref(number, message: "Halo, apa kabar?")
                == "https://wa.me/6281234567890?text=Halo%2C%20apa%20kabar%3F")
    }

    @Test func whatsAppHrefWithPrefilledMessage() throws {
        let number = try PhoneNumber.parse("0852.3066.7123").get()
        let message = Words.of(.id).whatsAppMessage(
            .product(name: "Batik Gorga", price: 450_000), site: "Katalog Batik",
            url: "https://katalog.example/products/batik-gorga/")
        #expect(
            Formatting.whatsAppHref(number, message: message)
                == "https://wa.me/6285230667123?text=Halo%2C%20saya%20tertarik%20dengan%20Batik%20Gorga%20seharga%20Rp450.000%20di%20Katalog%20Batik.%20Apakah%20masih%20tersedia%3F%0Ahttps%3A%2F%2Fkatalog.example%2Fproducts%2Fbatik-gorga%2F"
        )
    }
}
