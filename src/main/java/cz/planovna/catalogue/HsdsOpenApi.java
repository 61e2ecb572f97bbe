package cz.planovna.catalogue;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The title and description of the OpenAPI document at /v3/api-docs. */
@Configuration(proxyBeanMethods = false)
class HsdsOpenApi {

    @Bean
    OpenAPI hsdsOpenApiDocument() {
        return new OpenAPI()
                .info(new Info()
                        .title("Plánovna – katalog sociálních služeb (HSDS 3.0)")
                        .version("3.0")
                        .description("Veřejné čtecí API katalogu sociálních služeb ve formátu Open Referral HSDS"
                                + " 3.0. Seznamy jsou stránkované parametry page (od 1) a per_page (1–100, výchozí"
                                + " 50); filtry search (český fulltext), taxonomy_term_id a orp (kód ORP ČSÚ)."
                                + " Ukončené služby mají status inactive a v seznamech nejsou.")
                        .license(new License()
                                .name("HSDS: CC BY-SA 4.0 (Open Referral)")
                                .url("https://openreferral.org")));
    }
}
