package org.talentbridge;

import com.vaadin.flow.component.page.AppShellConfigurator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class TalentBridgeApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(TalentBridgeApplication.class, args);
    }
}
