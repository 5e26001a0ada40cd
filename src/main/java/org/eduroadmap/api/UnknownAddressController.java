package org.eduroadmap.api;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers any address under {@code /api} that no other mapping takes, in JSON. Without it the call
 * would fall through to the screens' servlet and get an HTML page.
 */
@RestController
class UnknownAddressController {

    @RequestMapping("/api/**")
    void unknown() {
        throw new ApiException(HttpStatus.NOT_FOUND, "There is nothing at this address.");
    }
}
